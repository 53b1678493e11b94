import type { Role } from '../config';

/** Who is asking: an API key's id or a JWT's subject, and the role that grants. */
export interface Principal {
  id: string;
  role: Role | null;
  via: 'api-key' | 'jwt';
}
