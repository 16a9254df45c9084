FROM golang:1.22
# expect: TD062
RUN go install golang.org/x/tools/gopls
---
FROM golang:1.22
# expect: TD062
RUN go install github.com/a/b@v1.0.0 github.com/c/d@latest
---
FROM golang:1.22
# expect: TD062
RUN go run github.com/a/cmd/tool
---
FROM golang:1.22
RUN go install golang.org/x/tools/gopls@v0.15.3
---
FROM golang:1.22
RUN go install ./... && go run main.go
---
FROM golang:1.22
RUN go build -o /app ./cmd/app
