import { freePort } from '@app/stack';
export default async function globalSetup(): Promise<void> {
  console.log('PORT', await freePort(), typeof import.meta);
}
