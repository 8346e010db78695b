"""Notifications: the outbox reader, signed webhooks, digest e-mails and the daemon's delivery jobs
(jobs.py, which also starts the web server when configured)."""
