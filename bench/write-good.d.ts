// write-good ships no types; the bench uses only its default export.
declare module 'write-good' {
  interface WriteGoodSuggestion {
    index: number;
    offset: number;
    reason: string;
  }
  function writeGood(text: string, options?: Record<string, boolean>): WriteGoodSuggestion[];
  export default writeGood;
}
