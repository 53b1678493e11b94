# The production image of the service; Neo4j runs as its own container (docker-compose.yml).
# The build stage compiles src/ to dist/ with tsc; the image runs the compiled JavaScript with
# production dependencies only.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time from the project root (PROJECT_ROOT in src/config.ts): the API's schema, the
# Cypher queries, the seeds, GraphiQL's examples and the explorer's page, script and styles.
COPY schema.graphql ./
COPY cypher ./cypher
COPY seeds ./seeds
COPY examples ./examples
COPY src/explorer/page.html src/explorer/explorer.js src/explorer/explorer.css ./src/explorer/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
