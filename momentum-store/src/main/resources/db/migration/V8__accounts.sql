-- Issue 8: accounts, bindings and API tokens. Portable SQL (DuckDB and PostgreSQL).
-- Sessions are kept in the server's memory (a restart logs everyone out); only what must outlive it is here.

-- password_hash is an encoded Argon2id hash ($argon2id$v=19$m=..,t=..,p=..$salt$hash), never the password.
CREATE TABLE app_user (
    username        VARCHAR(64)   PRIMARY KEY,
    role            VARCHAR(16)   NOT NULL,    -- reporter | analyst | publisher | admin
    password_hash   VARCHAR(200)  NOT NULL,
    disabled        BOOLEAN       NOT NULL,
    failed_logins   INTEGER       NOT NULL,    -- consecutive failures since the last success
    locked_until    TIMESTAMP,                 -- lockout after repeated failures
    created_at      TIMESTAMP     NOT NULL
);

-- A reporter's enterprise ids (kind 'enterprise') or an analyst's provinces NN0000 (kind 'province');
-- an analyst without a province binding is national.
CREATE TABLE user_binding (
    username  VARCHAR(64)  NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    code      VARCHAR(32)  NOT NULL
);

-- Machine-to-machine tokens: only the SHA-256 of the secret is kept; scope read | write.
CREATE TABLE api_token (
    id          VARCHAR(16)   PRIMARY KEY,
    username    VARCHAR(64)   NOT NULL,
    token_hash  VARCHAR(64)   NOT NULL,
    scope       VARCHAR(8)    NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    expires_at  TIMESTAMP     NOT NULL,
    revoked_at  TIMESTAMP
);
