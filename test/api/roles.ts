import { ROLES, type Role } from '@crm/domain';
import request from 'supertest';
import { createAccount, type Harness } from './harness';

export const ROLE_PASSWORD = 'Lanterns over the Huangpu';

export interface RoleAccount {
  id: number;
  username: string;
  token: string;
  /** A request as this account, with its bearer token. */
  as: (method: 'get' | 'post' | 'put' | 'delete', url: string) => request.Test;
}

/**
 * One logged-in account per role (the admin's is the harness's own), the college account in a
 * college of its own, made through the API as the admin would.
 */
export async function roleAccounts(h: Harness): Promise<{ accounts: Record<Role, RoleAccount>; collegeId: number }> {
  const server = h.app.getHttpServer();
  const college = (
    await h
      .api('post', '/api/units')
      .send({ name: `College of roles ${Date.now()}`, kind: 'college' })
      .expect(201)
  ).body;
  const accounts = {} as Record<Role, RoleAccount>;
  for (const role of ROLES) {
    let token = h.token;
    let id: number;
    let username = 'admin';
    if (role === 'admin') {
      id = (await h.api('get', '/api/auth/me').expect(200)).body.id;
    } else {
      username = `${role}.${college.id}`;
      ({
        record: { id },
        token,
      } = await createAccount(h, {
        name: `The ${role}`,
        username,
        password: ROLE_PASSWORD,
        role,
        unitId: role === 'college' ? college.id : null,
      }));
    }
    accounts[role] = {
      id,
      username,
      token,
      as: (method, url) => request(server)[method](url).set('Authorization', `Bearer ${token}`),
    };
  }
  return { accounts, collegeId: college.id };
}
