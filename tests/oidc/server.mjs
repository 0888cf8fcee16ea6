// A local OpenID Connect provider for the sign-in tests: panva's oidc-provider (pinned in
// package.json, installed by `.ci/run` with `npm ci`), on 127.0.0.1 only, with the fixture
// people of users.json. Their `roles` claim goes into the ID token, because Streamlit builds
// st.user from the ID token alone.
//
//   IDP_PORT=4000 CLIENT_ID=atlas CLIENT_SECRET=... \
//   REDIRECT_URI=http://127.0.0.1:8501/oauth2callback node tests/oidc/server.mjs
//
// Prints "ready <issuer>" on stdout once it listens. The sign-in form checks the password:
// a wrong one gets the form again with "Wrong username or password", and no sign-in.

import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

import Provider from 'oidc-provider';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    console.error(`server.mjs: set ${name}`);
    process.exit(2);
  }
  return value;
};

const HOST = '127.0.0.1';
const PORT = Number(env('IDP_PORT'));
const ISSUER = `http://${HOST}:${PORT}`;
const REDIRECT_URI = env('REDIRECT_URI');
const USERS = JSON.parse(
  readFileSync(new URL('./users.json', import.meta.url), 'utf8'),
).users;

const esc = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
 body{font-family:sans-serif;background:#eef1f5;margin:0}
 main{max-width:380px;margin:80px auto;background:#fff;padding:28px 32px;border-radius:8px;
      box-shadow:0 2px 12px #0002}
 h1{font-size:22px;margin:0 0 6px} p.who{color:#555;margin:0 0 18px}
 label{display:block;margin:12px 0 4px} input{width:100%;padding:8px;font-size:16px;
      box-sizing:border-box} button{margin-top:18px;padding:9px 16px;font-size:16px}
 .error{color:#b00020;background:#fde7ea;padding:8px;border-radius:4px}
</style></head><body><main>${body}</main></body></html>`;

const loginForm = (uid, error, username = '') => page('Sign in - Test identity provider', `
  <h1>Test identity provider</h1>
  <p class="who">Sign in to continue to the trafficking flows atlas.</p>
  ${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
  <form method="post" action="/interaction/${esc(uid)}/login" autocomplete="off">
    <label for="username">Username</label>
    <input id="username" name="username" value="${esc(username)}" required autofocus>
    <label for="password">Password</label>
    <input id="password" name="password" type="password" required>
    <button type="submit">Sign in</button>
  </form>`);

async function readForm(req) {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) throw new Error('form too large');
  }
  return new URLSearchParams(body);
}

const signingKey = {
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
  use: 'sig',
  alg: 'RS256',
  kid: 'test-key',
};

const provider = new Provider(ISSUER, {
  clients: [{
    client_id: env('CLIENT_ID'),
    client_secret: env('CLIENT_SECRET'),
    redirect_uris: [REDIRECT_URI],
    post_logout_redirect_uris: [REDIRECT_URI],
    response_types: ['code'],
    grant_types: ['authorization_code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  jwks: { keys: [signingKey] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  // Scope claims go into the ID token too (Streamlit reads only the ID token).
  conformIdTokenClaims: false,
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'preferred_username', 'roles'],
  },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('Sign out - Test identity provider', `
          <h1>Sign out</h1><p class="who">Sign out of the test identity provider?</p>
          ${form}<button form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>`);
      },
    },
  },
  interactions: {
    url: (ctx, interaction) => `/interaction/${interaction.uid}`,
  },
  // The atlas is the organisation's own application: no consent screen.
  async loadExistingGrant(ctx) {
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  async findAccount(ctx, sub) {
    const user = USERS.find((u) => u.sub === sub);
    if (!user) return undefined;
    return {
      accountId: user.sub,
      async claims() {
        return {
          sub: user.sub,
          name: user.name,
          preferred_username: user.username,
          email: user.email,
          email_verified: true,
          roles: user.roles,
        };
      },
    };
  },
  async renderError(ctx, out) {
    ctx.type = 'html';
    ctx.body = page('Error', `<h1>Error</h1><p class="error">${esc(out.error)}: ${esc(out.error_description ?? '')}</p>`);
  },
});

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([\w-]+)(\/login)?$/);
  if (!match) return next();
  ctx.set('cache-control', 'no-store');
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (details.prompt.name !== 'login') {
    // consent is granted by loadExistingGrant; nothing else is expected here
    return provider.interactionFinished(ctx.req, ctx.res, {}, { mergeWithLastSubmission: true });
  }
  if (ctx.method === 'GET' && !match[2]) {
    ctx.type = 'html';
    ctx.body = loginForm(details.uid);
    return undefined;
  }
  if (ctx.method === 'POST' && match[2]) {
    const form = await readForm(ctx.req);
    const username = form.get('username') ?? '';
    const user = USERS.find((u) => u.username === username && u.password === form.get('password'));
    if (!user) {
      console.log(`refused sign-in for '${username}'`);
      ctx.status = 401;
      ctx.type = 'html';
      ctx.body = loginForm(details.uid, 'Wrong username or password.', username);
      return undefined;
    }
    console.log(`signed in '${username}'`);
    return provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: user.sub } },
      { mergeWithLastSubmission: false },
    );
  }
  return next();
});

provider.listen(PORT, HOST, () => {
  console.log(`ready ${ISSUER}`);
});
