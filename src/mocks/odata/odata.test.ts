import { ODataError } from './odata-error';
import { tokenize } from './odata-lexer';
import { parseFilter } from './odata-parser';
import {
  compileFilter,
  decodeSkipToken,
  encodeSkipToken,
  parseListQuery,
  sortReferrals,
  type ListQuery,
} from './odata';
import type { Referral } from '../../domain/referral-schema';

const referral = (over: Record<string, unknown>): Referral => ({
  id: 'x',
  status: 'New',
  substatus: 'Pending',
  ...over,
});

const A = referral({
  id: 'a',
  engagementId: '65edc0b5-3485-41b7-a17e-dfa9ef4706e2',
  status: 'Active',
  substatus: 'Accepted',
  direction: 'Outgoing',
  type: 'Shared',
  qualification: 'SalesQualified',
  name: "Margie's Travel - Azure",
  customerProfile: { name: 'İstanbul Teknoloji A.Ş.', address: { country: 'US' } },
  consent: { consentToContact: true },
  details: { dealValue: 50000 },
  team: [{ email: 'luke@contoso.com' }, { email: 'r2d2@contoso.com' }],
  updatedDateTime: '2026-11-20T10:00:00.0000001Z',
});
const B = referral({
  id: 'b',
  direction: 'Incoming',
  type: 'Independent',
  qualification: 'SalesQualified',
  externalReferenceId: null,
  customerProfile: { address: { country: 'DE' } },
  consent: { consentToContact: false },
  details: { dealValue: 900 },
  team: [],
  updatedDateTime: '2026-11-20T10:00:00Z',
});
const ITEMS = [A, B];

const matching = (filter: string) => ITEMS.filter(compileFilter(filter)).map((r) => r.id);

describe('$filter', () => {
  test.each([
    ["status eq 'Active'", ['a']],
    ["status ne 'Active'", ['b']],
    ["status eq 'New' and qualification eq 'SalesQualified'", ['b']],
    ["customerProfile/address/country eq 'US' and direction eq 'Outgoing'", ['a']],
    ["(type eq 'Shared' and direction eq 'Incoming')", []],
    ["(direction eq 'Incoming' and substatus eq 'Pending')", ['b']],
    [
      "status eq 'Active' and direction eq 'Outgoing' and type eq 'Shared' and team/any(t:t/email eq 'r2d2@contoso.com')",
      ['a'],
    ],
    ["engagementId eq '65edc0b5-3485-41b7-a17e-dfa9ef4706e2'", ['a']],
    ['engagementId eq 65edc0b5-3485-41b7-a17e-dfa9ef4706e2', ['a']],
    ["status eq 'Active' or customerProfile/address/country eq 'DE'", ['a', 'b']],
    ["not (status eq 'Active')", ['b']],
    ["name eq 'Margie''s Travel - Azure'", ['a']],
    ["customerProfile/name eq 'İstanbul Teknoloji A.Ş.'", ['a']],
    ['team/any()', ['a']],
    ["team/all(t:t/email ne 'luke@contoso.com')", ['b']],
    ['consent/consentToContact', ['a']],
    ['consent/consentToContact eq false', ['b']],
    ['details/dealValue gt 1000', ['a']],
    ['details/dealValue le 900', ['b']],
    ['externalReferenceId eq null', ['a', 'b']],
    ["updatedDateTime gt '2026-11-20T10:00:00Z'", ['a']],
    ['updatedDateTime gt 2026-11-20T10:00:00Z', ['a']],
    ["updatedDateTime ge '2026-11-20T10:00:00.000Z'", ['a', 'b']],
    ["updatedDateTime lt '2026-11-20T10:00:00.0000001Z'", ['b']],
    ["updatedDateTime eq '2026-11-20T10:00:00.0000000Z'", ['b']],
  ])('%s', (filter, expected) => {
    expect(matching(filter)).toEqual(expected);
  });

  test.each([
    ["status eq 'New' and", 'ends where a value'],
    ["status eq 'New", 'Unterminated'],
    ["(status eq 'New'", "expected ')'"],
    ["status eq 'New')", 'end of the filter'],
    ["status equals 'New'", 'comparison operator'],
    ["'New'", 'comparison operator'],
    ["colour eq 'red'", "property named 'colour'"],
    ["customerProfile/address/planet eq 'Mars'", 'customerProfile/address/planet'],
    ["team/any(t:t/shoeSize eq '9')", 't/shoeSize'],
    ["status/any(s:s eq 'New')", 'not a collection'],
    ["status eq 'New' # 1", "Unexpected character '#'"],
    ['', 'empty'],
  ])('rejects %j', (filter, message) => {
    expect(() => parseFilter(filter)).toThrow(ODataError);
    expect(() => parseFilter(filter)).toThrow(message);
  });

  test('tokenize reads paths, literals, GUIDs and dates', () => {
    expect(
      tokenize("team/any(t:t/email eq 'o''neil') and x eq 5 or y eq 2020-01-02T03:04:05Z").map(
        (t) => t.value,
      ),
    ).toEqual([
      ['team', 'any'],
      '(',
      ['t'],
      ':',
      ['t', 'email'],
      ['eq'],
      "o'neil",
      ')',
      ['and'],
      ['x'],
      ['eq'],
      5,
      ['or'],
      ['y'],
      ['eq'],
      '2020-01-02T03:04:05Z',
    ]);
  });
});

describe('list query options', () => {
  const parse = (search: string) => parseListQuery(new URLSearchParams(search));

  test('defaults: 100 per page from the start, store order', () => {
    expect(parse('')).toEqual({
      query: { filter: null, orderBy: [], top: 100, skip: 0, select: null },
      offset: 0,
    });
  });

  test('reads every option', () => {
    const { query, offset } = parse(
      "$filter=status eq 'New'&$orderby=updatedDateTime desc, createdDateTime&$top=10&$skip=20&$select=id,status&$count=true",
    );
    expect(query).toEqual({
      filter: "status eq 'New'",
      orderBy: [
        { field: 'updatedDateTime', isDescending: true },
        { field: 'createdDateTime', isDescending: false },
      ],
      top: 10,
      skip: 20,
      select: ['id', 'status'],
    });
    expect(offset).toBe(20);
  });

  test.each([
    ['$top=101', '$top'],
    ['$top=-1', '$top'],
    ['$top=ten', '$top'],
    ['$skip=1.5', '$skip'],
    ['$orderby=name', '$orderby'],
    ['$orderby=createdDateTime sideways', '$orderby'],
    ['$select=id,shoeSize', '$select'],
    ['$expand=team', '$expand'],
    ['$count=maybe', '$count'],
    ['$filter=status eq', '$filter'],
    ['$skiptoken=not-a-token', '$skiptoken'],
  ])('%s is a 400 with target %s', (search, target) => {
    expect(() => parse(search)).toThrow(expect.objectContaining({ target }));
  });

  test('a skip token carries the whole query, non-ASCII included', () => {
    const query: ListQuery = {
      filter: "customerProfile/address/city eq 'İstanbul'",
      orderBy: [{ field: 'createdDateTime', isDescending: true }],
      top: 25,
      skip: 5,
      select: null,
    };
    const token = encodeSkipToken(query, 30);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSkipToken(token)).toEqual({ query, offset: 30 });
    expect(parse(`$top=1&$skiptoken=${token}`)).toEqual({ query, offset: 30 });
  });

  test('sorts by 7-digit timestamps, stable on ties', () => {
    const c = referral({ id: 'c', updatedDateTime: '2026-11-20T10:00:00Z' });
    const order = (desc: boolean) =>
      sortReferrals([B, A, c], [{ field: 'updatedDateTime', isDescending: desc }]).map((r) => r.id);
    expect(order(false)).toEqual(['b', 'c', 'a']);
    expect(order(true)).toEqual(['a', 'b', 'c']);
  });
});
