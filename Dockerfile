# syntax=docker/dockerfile:1
# Referral Desk: a Node build, served by nginx with the Partner API proxy (README, "Deploy").
#   docker build -t referral-desk .
#   docker run -p 8080:8080 -e VITE_ENTRA_CLIENT_ID=… -e VITE_ENTRA_AUTHORITY=… referral-desk
# One image serves every tenant: the tenant's settings become /config.json when the container starts.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Build-time defaults for every tenant: live mode, Entra ID sign-in, the API through the proxy.
ARG VITE_API_MODE=live
ARG VITE_AUTH_MODE=msal
ARG VITE_API_BASE_URL=/partner-api/v1.0/engagements/referrals
ARG VITE_WRITE_METHOD=put
RUN npm run build && node scripts/precompress.mjs dist

FROM nginx:1.28-bookworm
# Read at start by the image's envsubst step (/etc/nginx/templates) and by 40-referral-desk-config.sh.
ENV NGINX_PORT=8080 \
    APP_ROOT=/usr/share/nginx/html \
    NGINX_ACCESS_LOG=/var/log/nginx/access.log \
    PARTNER_API_UPSTREAM=https://api.partner.microsoft.com
RUN rm -f /etc/nginx/conf.d/default.conf && rm -rf /usr/share/nginx/html/*
COPY deploy/nginx/templates/ /etc/nginx/templates/
COPY deploy/nginx/referral-desk-headers.inc deploy/nginx/referral-desk-proxy.inc /etc/nginx/conf.d/
COPY deploy/docker-entrypoint.d/40-referral-desk-config.sh /docker-entrypoint.d/
RUN chmod 0755 /docker-entrypoint.d/40-referral-desk-config.sh
COPY --from=build /app/dist/ /usr/share/nginx/html/
EXPOSE 8080
