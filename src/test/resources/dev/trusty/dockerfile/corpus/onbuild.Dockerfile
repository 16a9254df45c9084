FROM node:20-alpine
ONBUILD ARG NODE_ENV=production
ONBUILD COPY package*.json ./
ONBUILD RUN npm ci --omit=dev
ONBUILD COPY --chown=node:node . .
onbuild run echo lower-case trigger
ONBUILD HEALTHCHECK CMD wget -q -O- http://localhost:3000/ || exit 1
ONBUILD RUN <<EOF
echo heredoc in trigger
EOF
