// The speech verbs after which a date dates the report, not what the report tells of ("said on
// Monday", "told reporters on Friday", "saying on Monday that"): events take no date from it (../events/dates.ts), and
// chained dates ("two days later") do not count from it (./chained.ts). A regex source.
export const REPORT_VERBS = 'said|says|saying|reported|reporting|announced|announcing|claimed|claiming|told [\\w ]{1,30}|telling [\\w ]{1,30}|stated';
