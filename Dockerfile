# One image for the whole platform. The compose file (docker-compose.yml) runs it
# several times with different commands:
#   node dist/apps/valuation/src/main.js         (VALUATION_PORT, default 4001)
#   node dist/apps/pledge-registry/src/main.js   (REGISTRY_PORT, default 4002)
#   node dist/apps/gateway/src/main.js           (GATEWAY_PORT, default 4000)
#   node dist/apps/<subgraph>/src/cli.js migrate|seed   (one-shot jobs)

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- build: full dependency tree, compile TypeScript into dist/ ----------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies + compiled output only ---------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The gateway loads its composed supergraph from this path at runtime.
COPY --from=build /app/apps/gateway/supergraph.graphql ./apps/gateway/supergraph.graphql
# Nothing in the image is writable by the app user; it only needs to read.
USER node
EXPOSE 4000 4001 4002
# No default port here: compose overrides the command per service and gives each its
# own healthcheck, so the image stays neutral.
CMD ["node", "dist/apps/gateway/src/main.js"]
