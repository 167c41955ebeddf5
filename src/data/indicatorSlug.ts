// An indicator's name as a URL parameter: "Volunteer rate (%)" -> "volunteer-rate". Letters of any
// script are kept (a Russian name stays readable), everything else becomes a dash.
export function indicatorSlug(name: string): string {
  const slug = name.normalize('NFKC').toLowerCase().replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
  return slug || 'indicator';
}
