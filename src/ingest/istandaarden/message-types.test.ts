/** @module Tests for the iStandaarden namespace vocabulary. */
import { describe, expect, it } from 'vitest';
import { basisNamespace, messageNamespace, parseMessageNamespace, xsdFileName } from './message-types.ts';

describe('message namespaces', () => {
  it('round-trips law and type through the namespace URI', () => {
    expect(messageNamespace('support', '323')).toBe('http://www.istandaarden.nl/iwmo/3_2/wmo323/schema');
    expect(parseMessageNamespace('http://www.istandaarden.nl/iwmo/3_2/wmo323/schema')).toEqual({
      law: 'support',
      messageType: '323',
    });
    expect(parseMessageNamespace(messageNamespace('youth', '301'))).toEqual({
      law: 'youth',
      messageType: '301',
    });
    expect(basisNamespace('youth')).toBe('http://www.istandaarden.nl/ijw/3_2/basisschema/schema');
    expect(xsdFileName('support', '307')).toBe('WMO307.xsd');
  });

  it('refuses other releases, mixed standards and unknown messages', () => {
    expect(parseMessageNamespace('http://www.istandaarden.nl/ijw/3_1/jw301/schema')).toBeNull();
    expect(parseMessageNamespace('http://www.istandaarden.nl/ijw/3_2/wmo301/schema')).toBeNull();
    expect(parseMessageNamespace('http://www.istandaarden.nl/ijw/3_2/jw303/schema')).toBeNull();
    expect(parseMessageNamespace('')).toBeNull();
  });
});
