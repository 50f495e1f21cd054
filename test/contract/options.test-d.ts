/** The library's types: the options a call needs, and the result's shape, checked by the compiler. */
import { expectTypeOf, it } from 'vitest';
import { runContractSuite, type CheckName, type ContractFailure, type ContractSuiteOptions, type ContractSuiteResult } from '../../src/contract/index.js';

it('needs a base URL and an API key, and returns the structured result', () => {
  expectTypeOf(runContractSuite).returns.resolves.toEqualTypeOf<ContractSuiteResult>();
  expectTypeOf<ContractSuiteOptions>().toHaveProperty('baseUrl').toEqualTypeOf<string | URL>();
  // @ts-expect-error the API key is required
  void runContractSuite({ baseUrl: 'http://127.0.0.1:8080' });
  // @ts-expect-error cases per operation is a number
  void runContractSuite({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'k', casesPerOperation: '50' });
  expectTypeOf<ContractFailure['check']>().toEqualTypeOf<CheckName>();
  expectTypeOf<'not_a_server_error'>().toMatchTypeOf<CheckName>();
  // @ts-expect-error not a check
  expectTypeOf<'not_a_check'>().toMatchTypeOf<CheckName>();
});
