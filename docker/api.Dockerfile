# syntax=docker/dockerfile:1
#
# Mandate API image (NestJS). One image, three roles:
#   HTTP API   node dist/apps/api/main.js          (default CMD)
#   worker     node dist/apps/api/worker.js        (BullMQ reminders)
#   migrations node dist/apps/api/cli.js migrate   (one-shot; `seed` likewise)
#
# Build from the repository root (the build context must be the repo root):
#   docker build -f docker/api.Dockerfile -t mandate-api .
# BuildKit is required (default since Docker Engine 23): it honours the
# per-Dockerfile ignore file docker/api.Dockerfile.dockerignore and the cache
# mounts below.
#
# Debian (glibc) on purpose, not Alpine: argon2 ships prebuilt glibc binaries
# inside its npm package, so nothing has to be compiled in the image.

ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# ---------------------------------------------------------------------------
# base: Node 20 + the npm major the lockfile is written with (npm 11).
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
ARG NPM_VERSION=11.19.1
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
RUN npm install --global "npm@${NPM_VERSION}" \
 && npm cache clean --force
WORKDIR /app

# ---------------------------------------------------------------------------
# deps: every dependency (dev included), needed to build.
# Only the manifests are copied, so this layer is reused until they change.
# ---------------------------------------------------------------------------
FROM base AS deps
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci

# ---------------------------------------------------------------------------
# prod-deps: runtime dependencies only.
#
# Why a fresh `npm ci --omit=dev` from the ROOT lockfile rather than
# `npm install --omit=dev` from the package.json that `nx build api` generates:
#   * the root package-lock.json pins every transitive version; installing
#     from the generated package.json re-resolves transitive dependencies at
#     image build time, so two builds of one commit can differ;
#   * the generated package.json only lists packages Nx sees imported
#     statically. Packages loaded dynamically at run time (TypeORM requires the
#     `pg` driver by name, pino loads transports by name, ...) can be missing
#     from it and would only fail in production;
#   * argon2 is installed exactly as in development and CI (same version, same
#     prebuilt binary).
# The cost is size: the web app's runtime packages (react, mantine, ...) are in
# the root "dependencies" too and end up in node_modules unused. This equals
# `npm prune --omit=dev` on the build stage's node_modules, but starts from a
# clean tree (no build caches or files written by dev tools' install scripts).
# ---------------------------------------------------------------------------
FROM base AS prod-deps
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev

# ---------------------------------------------------------------------------
# build: compile the API bundle (main.js, worker.js, cli.js) into dist/apps/api
# ---------------------------------------------------------------------------
FROM deps AS build
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true
COPY . .
RUN npx nx build api \
 && test -f dist/apps/api/main.js \
 && test -f dist/apps/api/worker.js \
 && test -f dist/apps/api/cli.js

# ---------------------------------------------------------------------------
# runtime
# ---------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# tini as PID 1: forwards SIGTERM/SIGINT to node (so Nest and BullMQ shut down
# gracefully on `docker stop`) and reaps zombie processes.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*

# The runtime never runs npm, npx, corepack or yarn: remove them (smaller
# image, fewer packages for vulnerability scanners to flag).
RUN rm -rf /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/corepack \
           /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg /opt/yarn-*

# Dedicated unprivileged user. Fixed uid/gid so that the uploads volume keeps
# the same owner across image rebuilds.
RUN groupadd --system --gid 10001 mandate \
 && useradd --system --uid 10001 --gid mandate --no-create-home \
            --home-dir /nonexistent --shell /usr/sbin/nologin mandate \
 && mkdir -p /var/lib/mandate/uploads \
 && chown -R mandate:mandate /var/lib/mandate \
 && chmod 0750 /var/lib/mandate/uploads

ENV NODE_ENV=production \
    PORT=3000 \
    UPLOAD_DIR=/var/lib/mandate/uploads

WORKDIR /app
# Code and dependencies stay owned by root: the app user can read but not
# modify them. Only UPLOAD_DIR (a volume) is writable by the app.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist/apps/api ./dist/apps/api

USER mandate

EXPOSE 3000

# 200 from /api/health means the database and Redis are reachable. Slim images
# have no curl, so use Node's built-in fetch. The worker and one-shot commands
# do not serve HTTP: compose.yaml disables this check for them.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/apps/api/main.js"]
