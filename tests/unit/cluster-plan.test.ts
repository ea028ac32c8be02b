import { describe, expect, it } from 'vitest';
import { planCluster } from '../../lib/server/cluster-plan';

describe('planCluster', () => {
  it('runs one worker per core by default and splits the pool budget between them', () => {
    expect(planCluster({ cores: 4, embedded: false })).toMatchObject({ workers: 4, poolPerWorker: 2, poolBudget: 10 });
    expect(planCluster({ cores: 2, embedded: false, databasePoolSize: '20' })).toMatchObject({ workers: 2, poolPerWorker: 10 });
  });

  it('takes WEB_CONCURRENCY over the core count', () => {
    expect(planCluster({ cores: 8, embedded: false, webConcurrency: '3', databasePoolSize: '12' })).toMatchObject({ workers: 3, poolPerWorker: 4 });
    expect(planCluster({ cores: 1, embedded: false, webConcurrency: '2' })).toMatchObject({ workers: 2, poolPerWorker: 5 });
  });

  it('never lets workers × pool exceed the budget', () => {
    for (const cores of [1, 2, 3, 7, 16, 64]) {
      for (const budget of [1, 2, 5, 10, 33]) {
        const plan = planCluster({ cores, embedded: false, databasePoolSize: String(budget) });
        expect(plan.workers * plan.poolPerWorker).toBeLessThanOrEqual(budget);
        expect(plan.poolPerWorker).toBeGreaterThanOrEqual(1);
        expect(plan.workers).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('lowers the worker count to the budget and says so', () => {
    const plan = planCluster({ cores: 16, embedded: false, databasePoolSize: '4' });
    expect(plan).toMatchObject({ workers: 4, poolPerWorker: 1 });
    expect(plan.notes.join(' ')).toMatch(/DATABASE_POOL_SIZE=4/);
  });

  it('runs a single worker on the embedded database, whatever is asked, and says why', () => {
    const plan = planCluster({ cores: 8, embedded: true, webConcurrency: '4' });
    expect(plan.workers).toBe(1);
    expect(plan.notes.join(' ')).toMatch(/embedded database/);
  });

  it('refuses a setting that is not a positive whole number', () => {
    expect(() => planCluster({ cores: 2, embedded: false, webConcurrency: 'many' })).toThrow(/WEB_CONCURRENCY/);
    expect(() => planCluster({ cores: 2, embedded: false, databasePoolSize: '0' })).toThrow(/DATABASE_POOL_SIZE/);
  });
});
