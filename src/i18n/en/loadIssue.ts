// Problems found inside a loaded file (LoadIssue), by issue code; see src/i18n/issueMessage.ts.
// Each English sentence is worded exactly as the loader writes LoadIssue.message (src/data/*), so a
// translation says the same thing; the tests check that the two stay equal.
export const loadIssue = {
  'loadIssue.invalid_encoding':
    'The file is not valid UTF-8: line {line} has a byte (offset {offset}) that is not UTF-8 text. Save the file as "CSV UTF-8", or choose the windows-1252 encoding if it came from an older spreadsheet program.',
  'loadIssue.invalid_encoding.utf16': 'The file looks like {encoding} but contains invalid characters. Save it again as UTF-8.',
  'loadIssue.file_too_large': 'The file is {size}; files up to {maxSize} can be loaded. Split it or remove columns you do not need.',
  'loadIssue.size.bytes': { one: '{count} byte', other: '{count} bytes' },
  'loadIssue.size.mb': '{mb} MB',
  'loadIssue.empty_file': 'The file is empty: it has no header row and no data.',
  'loadIssue.unknown_kind': 'The headers ({columns}) do not match any kind of dataset. Each kind needs these columns: {kinds}.',
  'loadIssue.kind.events': 'events',
  'loadIssue.kind.delegates': 'delegates',
  'loadIssue.kind.placements': 'placements',
  'loadIssue.kind.organizations': 'organizations',
  'loadIssue.missing_column': "A {kind} file needs a column '{column}', and this file has none. Add it, or rename the column that holds it.",
  'loadIssue.duplicate_column': "The columns '{other}' and '{column}' have the same name. Keep one of them.",
  'loadIssue.duplicate_column.canonical': "The columns '{other}' and '{column}' both mean '{canonical}'. Keep one of them.",
  'loadIssue.forbidden_column': "The column name '{column}' is not allowed. Rename the column.",
  'loadIssue.no_rows': 'No row could be loaded: every row has a problem listed in this report.',
  'loadIssue.no_rows.empty': 'The file has a header but no rows of data.',
  'loadIssue.more_issues': {
    one: '{count} more problem was found but is not listed. Fix the ones above and load the file again.',
    other: '{count} more problems were found but are not listed. Fix the ones above and load the file again.',
  },
  'loadIssue.unknown_column': "The column '{column}' is not part of a {kind} dataset; its cells were ignored.",
  'loadIssue.unnamed_column': 'Column {index} has no header; its cells were ignored.',
  'loadIssue.ragged_row':
    'This row has {fields} cells but the header has {expected}. Check for a missing or extra delimiter, or quote cells that contain one.',
  'loadIssue.unclosed_quote':
    'A quoted cell starting in this row never closes, so the rest of the file was read as one cell. Add the missing closing quote (").',
  'loadIssue.invalid_quotes': 'A quoted cell in this row has text after its closing quote. Inside a quoted cell, write a quote twice ("").',
  'loadIssue.missing_value': 'The {column} cell is empty, but every row needs one.',
  'loadIssue.unknown_country': "Unknown country '{value}'. Use an ISO 3166 code such as KAZ, or the country's name.",
  'loadIssue.unknown_country.suggestion': "Unknown country '{value}'. Did you mean '{suggestion}'?",
  'loadIssue.invalid_count':
    '\'{value}\' is not a count. Write a whole number such as 1234, and put "at least" or "about" in the qualifier column.',
  'loadIssue.invalid_count.not_a_number': "'{value}' is not a count. Write a whole number, or leave the cell empty if there is no figure.",
  'loadIssue.negative_count': "'{value}' is negative; a count cannot be below zero.",
  'loadIssue.fractional_count':
    '\'{value}\' is not a whole number (in this file "." is the decimal mark; write 1234 or "1,234" for thousands). Counts must be whole.',
  'loadIssue.fractional_count.decimalComma':
    '\'{value}\' is not a whole number (in a semicolon-separated file "," is the decimal mark and "." separates thousands). Counts must be whole.',
  'loadIssue.count_too_large': "'{value}' is larger than 2^53 (9007199254740992) and cannot be stored exactly.",
  'loadIssue.ambiguous_number': "'{value}' has thousands separators in unexpected places; group digits by three, e.g. 1,234,567.",
  'loadIssue.invalid_year': "'{value}' is not a year; write four digits such as 2023.",
  'loadIssue.year_out_of_range': "'{value}' is outside the years 1900 to 2100.",
  'loadIssue.invalid_date': "'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.",
  'loadIssue.impossible_date': "'{value}' is not a real date between 1900 and 2100.",
  'loadIssue.invalid_goal': '\'{value}\' is not a list of SDG goals; write numbers from 1 to 17 separated by "|", e.g. 4|5.',
  'loadIssue.goal_out_of_range': "'{value}' names a goal outside 1 to 17.",
  'loadIssue.invalid_qualifier':
    '\'{value}\' is not a valid {canonical}; use exact, at_least ("at least", "more than", ">") or approx ("about", "approximately", "~", "almost"); leave it empty for exact.',
  'loadIssue.invalid_status': "'{value}' is not a valid {canonical}; use reported, derived or illustrative.",
  'loadIssue.invalid_perspective': "'{value}' is not a valid {canonical}; use duty_station or nationality.",
  'loadIssue.invalid_type': "'{value}' is not a valid {canonical}; use national, international or total.",
  'loadIssue.invalid_value': "'{value}' is not a valid {canonical}; use another value.",
  'loadIssue.end_before_start': "The end date '{end}' is before the start date '{start}'.",
  'loadIssue.duplicate_row': 'Line {line} repeats line {earlierLine} exactly ({key}); it was counted once.',
  'loadIssue.conflicting_row':
    'Line {line} has the same key as line {earlierLine} ({key}) but different values; line {line} was not loaded. Keep one of them.',
} as const;
