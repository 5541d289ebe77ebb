import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();

interface NestProject {
  type: 'application' | 'library';
  root: string;
  entryFile: string;
  sourceRoot: string;
}

/**
 * nest-cli.json describes the monorepo for Nest's tooling (`nest generate ... --project`);
 * the build itself runs tsc. It must name every app and lib that exists, and nothing else.
 */
describe('nest-cli.json', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as {
    monorepo: boolean;
    projects: Record<string, NestProject>;
  };

  it('lists every Nest app and every lib, each with an existing entry file', () => {
    const apps = readdirSync(join(ROOT, 'apps')).filter((a) => existsSync(join(ROOT, 'apps', a, 'src', 'main.ts')));
    const libs = readdirSync(join(ROOT, 'libs'));
    expect(config.monorepo).toBe(true);
    expect(Object.keys(config.projects).sort()).toEqual([...apps, ...libs].sort());
    for (const [name, project] of Object.entries(config.projects)) {
      const entry = join(ROOT, project.sourceRoot, `${project.entryFile}.ts`);
      expect({ name, entry: existsSync(entry) }).toEqual({ name, entry: true });
      expect(project.type).toBe(apps.includes(name) ? 'application' : 'library');
    }
  });
});
