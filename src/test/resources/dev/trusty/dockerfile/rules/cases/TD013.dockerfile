FROM python:3.12
# expect: TD013
RUN pip install requests
---
FROM python:3.12
# expect: TD013
RUN pip3 install --no-cache-dir flask==3.0.0 gunicorn
---
FROM python:3.12
# expect: TD013
RUN python -m pip install --upgrade pip
---
FROM python:3.12
RUN pip install requests==2.32.3
---
FROM python:3.12
RUN pip install -r requirements.txt
---
FROM python:3.12
RUN pip install . && pip install git+https://github.com/org/repo.git@v1.0 && pip install "django>=4.2,<5"
