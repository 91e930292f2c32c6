// opencc-js ships its dictionaries as untyped ES modules exporting one string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
