// The builders imported inside the test rather than at the top of the file: if loading the module breaks
// (a builder that throws while the routers are defined), this test fails instead of the file failing to load,
// which Stryker's Vitest runner does not count as a failed test.
import { describe, expect, it } from 'vitest';

describe('the procedure builders', () => {
  it('load, and a permission procedure declares its permission', async () => {
    const { permissionProcedure, router } = await import('./trpc');
    const built = router({ list: permissionProcedure('user.read').query(() => 'rows') });
    expect(built._def.procedures.list._def.meta).toEqual({ permission: 'user.read' });
  });
});
