# syntax=docker/dockerfile:1
# Multi-stage build of the explorer: dependencies, then a Next.js standalone build plus a bundled seed
# script, then a small runtime image that seeds the configured store and serves on $PORT (default 3000).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
RUN npx next build && npm run build:seed

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/schema/schema.graphql ./schema/schema.graphql
COPY --from=build --chown=node:node /app/graph/data ./graph/data
COPY --from=build --chown=node:node /app/dist/seed.mjs ./dist/seed.mjs
USER node
EXPOSE 3000
# Seeding is idempotent (merge by id), so a restart re-runs it harmlessly.
CMD ["sh", "-c", "node dist/seed.mjs graph/data/bundles/*.json && exec node server.js"]
