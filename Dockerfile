FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY monitor ./monitor
COPY storage ./storage
COPY config ./config
RUN pip install --no-cache-dir -e '.[postgres]'
RUN useradd --create-home monitor && mkdir -p /app/var && chown monitor /app/var
USER monitor
ENV MONITOR_LOG_FORMAT=json
HEALTHCHECK --interval=30s --timeout=10s CMD ["monitor", "projections", "status"]
CMD ["monitor", "run"]
