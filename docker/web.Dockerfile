# syntax=docker/dockerfile:1
#
# Mandate web image: the React/Vite SPA served by nginx, which also proxies
# /api/ to the API service (one origin, so the auth cookies are first-party).
#
# Build from the repository root (the build context must be the repo root):
#   docker build -f docker/web.Dockerfile -t mandate-web .
# BuildKit is required (default since Docker Engine 23): it honours the
# per-Dockerfile ignore file docker/web.Dockerfile.dockerignore.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-bookworm

# ---------------------------------------------------------------------------
# build: static files into dist/apps/web
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    NX_DAEMON=false \
    NX_NO_CLOUD=true
RUN npm install --global "npm@${NPM_VERSION}" \
 && npm cache clean --force
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci
COPY . .
RUN npx nx build web \
 && test -f dist/apps/web/index.html

# ---------------------------------------------------------------------------
# runtime: unprivileged nginx (runs as uid 101, listens on 8080)
# ---------------------------------------------------------------------------
FROM ${NGINX_IMAGE} AS runtime

# Our nginx.conf is complete and does not include conf.d/: remove the stock
# server block so nobody edits it thinking it is live. (/etc/nginx is owned by
# the nginx user in this image, so no root is needed.)
RUN rm -f /etc/nginx/conf.d/default.conf

# Config and static files are owned by root: readable, not writable, by nginx.
COPY --chown=0:0 docker/nginx.conf /etc/nginx/nginx.conf
COPY --chown=0:0 --chmod=755 docker/nginx-trusted-proxies.sh /docker-entrypoint.d/05-mandate-trusted-proxies.sh
COPY --chown=0:0 --from=build /app/dist/apps/web /usr/share/nginx/html

EXPOSE 8080

# The nginx Debian image ships curl. /healthz is answered by nginx itself, so
# this checks nginx only, not the API behind it.
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/healthz"]

# ENTRYPOINT, CMD ["nginx", "-g", "daemon off;"], USER 101 and
# STOPSIGNAL SIGQUIT (graceful shutdown) are inherited from the base image.
