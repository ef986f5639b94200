// `npm run deploy:headers`: writes deploy/security-headers.conf from deploy/headers.ts.
import fs from 'node:fs';
import { nginxHeaders } from '../deploy/headers';

fs.writeFileSync('deploy/security-headers.conf', nginxHeaders());
console.log('✓ deploy/security-headers.conf');
