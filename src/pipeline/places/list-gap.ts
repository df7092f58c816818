// What stands between two names of one list ("Mansi, Momauk and Shwegu", "Mansi and Momauk"):
// a comma (with or without "and") or "and" alone. The control and elections stages walk lists of
// places by it.
export const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
