# Deelwijs container image (docs/operations.md, ADR 031). Multi-stage: dependencies and the production build in the
# build stages; the runtime stage holds the built app and production dependencies only, runs as the unprivileged
# `node` user and works with a read-only root filesystem (writable: /tmp and /app/.next/cache, mounted by the chart).
#
#   docker build -t deelwijs .
#   docker run --read-only --tmpfs /tmp --tmpfs /app/.next/cache -e DATABASE_URL=... -e NEXTAUTH_SECRET=... \
#     -e NEXTAUTH_URL=https://deelwijs.example.nl -p 3000:3000 deelwijs
#   migrations (the chart's Job): docker run ... deelwijs node --import tsx scripts/db.ts deploy

FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# `npm ci` refuses the lockfile (it lacks other platforms' optional packages); install honours it all the same.
# The postinstall step generates the Prisma client from prisma/schema.prisma.
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NODE_ENV=production
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && rm -rf .next/cache

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 DEELWIJS_SEED_DEMO=false
# Owned by root, run as `node`: the app cannot change its own code.
COPY --from=build /app/package.json /app/next.config.mjs /app/tsconfig.json /app/prisma.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY --from=build /app/app ./app
COPY --from=build /app/lib ./lib
COPY --from=build /app/components ./components
COPY --from=build /app/types ./types
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scenarios ./scenarios
COPY --from=build /app/proxy.ts /app/instrumentation.ts ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# The same entrypoint the multi-instance tests start (tests/instances/cluster.ts): Next as a library behind our own
# HTTP server, which knows the client address, logs JSON, serves /metrics and stops gracefully on SIGTERM.
CMD ["node", "--import", "tsx", "scripts/serve.ts"]
