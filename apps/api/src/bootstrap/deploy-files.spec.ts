import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DOCKER = join(__dirname, '../../../../docker');
const read = (file: string) => readFileSync(join(DOCKER, file), 'utf8');

/** Runs the nginx start-up script as the image's entrypoint would, and returns what it wrote (or its error). */
const trustedProxiesConf = (value: string | undefined): { ok: boolean; conf: string } => {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-proxies-'));
  const file = join(dir, 'trusted.conf');
  try {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', MANDATE_TRUSTED_PROXIES_FILE: file, ...(value === undefined ? {} : { MANDATE_TRUSTED_PROXIES: value }) };
    execFileSync('sh', [join(DOCKER, 'nginx-trusted-proxies.sh')], { env, stdio: 'pipe' });
    return { ok: true, conf: readFileSync(file, 'utf8') };
  } catch {
    return { ok: false, conf: '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

describe('the local run', () => {
  it('leaves HOST to the API, which binds 127.0.0.1 unless HOST is set', () => {
    const start = readFileSync(join(__dirname, '../../../../scripts/start.sh'), 'utf8');
    expect(start).not.toMatch(/HOST=/);
  });
});

describe('docker deployment files', () => {
  it('nginx believes X-Forwarded-For only from the configured proxies, never from whole private ranges', () => {
    const nginx = read('nginx.conf');
    expect(nginx).toMatch(/^\s*include \/tmp\/nginx-trusted-proxies\.conf;/m);
    expect(nginx).not.toMatch(/^\s*set_real_ip_from/m);
    expect(nginx).toMatch(/proxy_set_header X-Forwarded-For\s+\$remote_addr;/);
  });

  it.each<[string | undefined, boolean, string]>([
    [undefined, true, ''],
    ['172.30.80.1', true, 'set_real_ip_from 172.30.80.1;\n'],
    ['10.1.2.3, 192.0.2.0/24', true, 'set_real_ip_from 10.1.2.3;\nset_real_ip_from 192.0.2.0/24;\n'],
    ['2001:db8::1', true, 'set_real_ip_from 2001:db8::1;\n'],
    ['10.0.0.1; include /etc/passwd', false, ''],
    ['proxy.example', false, ''],
  ])('MANDATE_TRUSTED_PROXIES=%p: written %p', (value, ok, conf) => {
    expect(trustedProxiesConf(value)).toEqual({ ok, conf });
  });

  it('the web image runs that script at start', () => {
    expect(read('web.Dockerfile')).toMatch(/COPY .*docker\/nginx-trusted-proxies\.sh \/docker-entrypoint\.d\/[\w-]+\.sh/);
    expect(read('web.Dockerfile.dockerignore')).toMatch(/^!docker\/nginx-trusted-proxies\.sh$/m);
  });

  it('the API listens on all interfaces of its container and believes only nginx, at its fixed address', () => {
    const compose = read('compose.yaml');
    expect(compose).toMatch(/^\s+HOST: 0\.0\.0\.0$/m);
    const trusted = /^\s+TRUST_PROXY: \$\{MANDATE_WEB_ADDRESS:-([\d.]+)\}$/m.exec(compose)?.[1];
    const nginxAddress = /^\s+ipv4_address: \$\{MANDATE_WEB_ADDRESS:-([\d.]+)\}$/m.exec(compose)?.[1];
    expect(trusted).toBeDefined();
    expect(trusted).toBe(nginxAddress);
  });

  it('no API or worker container is handed the whole docker/.env: only the one-shot migration holds the owner password', () => {
    const compose = read('compose.yaml');
    expect(compose).not.toMatch(/^\s*env_file:/m);
    const ownerUrls = compose.split('\n').filter((line) => /DATABASE_OWNER_URL:/.test(line));
    expect(ownerUrls).toHaveLength(1);
    const migrate = /\n {2}migrate:\n([\s\S]*?)\n {2}\w[\w-]*:\n/.exec(compose)?.[1] ?? '';
    expect(migrate).toMatch(/DATABASE_OWNER_URL:/);
  });
});
