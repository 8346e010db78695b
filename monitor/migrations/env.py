from storage.migrate import run_env

run_env()
