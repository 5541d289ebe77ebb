/**
 * Renders a TypeORM migration class from the SQL the schema builder reports, the way
 * `typeorm migration:generate` does, so every subgraph generates migrations the same way
 * without the TypeORM CLI (which cannot load our ES-module data sources).
 */
export function renderMigration(name: string, timestamp: number, up: string[], down: string[]): string {
  const className = `${name}${timestamp}`;
  const lines = (queries: string[]): string =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}
