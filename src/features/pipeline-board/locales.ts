/** Strings of this feature (namespace 'board'). The Turkish catalogue must have exactly the same keys. */
export const boardEn = {
  title: 'Pipeline',
  board: 'Pipeline board',
  search: {
    label: 'Search the board',
    placeholder: 'Name, customer, reference…',
  },
  filtered:
    'Filters from the referral list apply: {{count, number}} of {{total, number}} referrals shown.',
  loading: 'Loading referrals…',
  loadingMore: 'Loading more referrals… {{count, number}} so far.',
  loadError: 'The referrals could not be loaded.',
  retry: 'Try again',
  column: {
    count_one: '{{count, number}} referral',
    count_other: '{{count, number}} referrals',
    countFiltered: '{{count, number}} of {{total, number}}',
    totals: 'Total deal value',
    noValue: 'No deal value',
    empty: 'No referrals here.',
    collapse: 'Collapse {{stage}}',
    expand: 'Expand {{stage}}',
    legal: 'Can drop here',
    refused: 'Cannot move here',
    origin: 'Current stage',
    filteredOut: 'Hidden by the stage filter',
  },
  card: {
    customer: 'Customer',
    dealValue: 'Deal value',
    closing: 'Closing date',
    saving: 'Saving…',
    drag: 'Drag {{name}}',
    roleDescription: 'draggable',
    unnamed: 'Unnamed referral',
  },
  moveTo: {
    button: 'Move to…',
    menu: 'Move {{name}} to',
    none: 'No moves',
  },
  dnd: {
    instructions:
      'To pick up a referral, press Space or Enter. Use the Left and Right arrow keys to go to a stage it may move to. Press Space or Enter again to drop it there, or Escape to cancel.',
    start: 'Picked up {{name}} from {{stage}}.',
    over: '{{name}} is over {{stage}}.',
    notOver: '{{name}} is not over a stage it can move to.',
    end: '{{name}} was dropped on {{stage}}.',
    endNowhere: '{{name}} was dropped outside the stages it can move to. Nothing changed.',
    cancel: 'Moving {{name}} was cancelled. It stays in {{stage}}.',
  },
  move: {
    saved: '{{name}} moved to {{stage}}.',
    failed: 'Could not move {{name}} to {{stage}}: {{reason}}',
    movedElsewhere: '{{name}} was moved to {{stage}} by someone else. Your move was not saved.',
    reapplied: '{{name}} was changed by someone else; your move was saved on top of it.',
  },
} as const;
