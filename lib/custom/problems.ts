/**
 * Every reason an import can be rejected, as codes. The options page turns a code into a sentence
 * in the UI language (`custom_problem_<code>` in the locale files); the codes are also what the
 * schema puts into its issues, so no English parser message ever reaches the user.
 */
export const PROBLEM_CODES = [
  'empty_file',
  'too_large',
  'too_many',
  'csv_unclosed_quote',
  'csv_stray_quote',
  'json_syntax',
  'json_shape',
  'not_an_object',
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'extra_cells',
  'unknown_field',
  'required',
  'name_required',
  'invalid_type',
  'invalid_choice',
  'invalid_country',
  'invalid_number',
  'out_of_range',
  'invalid_url',
  'invalid_text',
  'too_long',
  'too_many_aliases',
  'invalid_id',
  'duplicate_id',
  'not_for_type',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One reason a file was rejected. `row` is 0 for problems with the file as a whole. */
export interface ImportProblem {
  row: number;
  code: ProblemCode;
  /** The column or field concerned, when there is one. */
  field?: string;
}

/** The first this many problems are reported; a file with more is usually the wrong file entirely. */
export const MAX_REPORTED_PROBLEMS = 50;

/** Whether a string is one of our problem codes (schema issues carry them as their message). */
export function isProblemCode(value: string): value is ProblemCode {
  return (PROBLEM_CODES as readonly string[]).includes(value);
}
