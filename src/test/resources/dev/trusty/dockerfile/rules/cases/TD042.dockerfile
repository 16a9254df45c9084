FROM python:3.12
# expect: TD042
RUN pip install requests==2.32.3
---
FROM python:3.12
# expect: TD042
RUN python3 -m pip install -r requirements.txt
---
FROM python:3.12
# expect: TD042
ONBUILD RUN pip install flask==3.0.0
---
FROM python:3.12
RUN pip install --no-cache-dir requests==2.32.3
---
FROM python:3.12
ENV PIP_NO_CACHE_DIR=1
RUN pip install requests==2.32.3
---
FROM python:3.12
RUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3
---
FROM python:3.12
# expect: TD042
RUN pip --index-url https://pypi.example.com/simple install requests==2.32.3
---
FROM python:3.12
RUN pipx install poetry==1.8.3 && pipenv install
---
FROM python:3.12
USER app
RUN --mount=type=cache,target=/home/app/.cache/pip,uid=1000 pip install --user requests==2.32.3
---
FROM python:3.12
# expect: TD042
RUN --mount=type=cache,target=/root/.npm pip install requests==2.32.3
