// Where each crisis number was checked. Tags as in the evidence files: "seen" (the service's or
// a government's own page) or "seen-secondary" (a news page quoting the authority: shown as such).
export interface CrisisSource {
  readonly publisher: string;
  readonly url: string | null;
  readonly tag: 'seen' | 'seen-secondary';
}

export const CRISIS_SOURCES = {
  'us-988': { publisher: 'Wyoming Department of Health', url: 'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline', tag: 'seen' },
  'ca-988': { publisher: 'Government of Canada (news release)', url: 'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html', tag: 'seen' },
  'ca-911': { publisher: 'Region of Durham', url: 'https://www.durham.ca/en/living-here/when-to-call-911.aspx', tag: 'seen' },
  'uk-nhs': { publisher: 'Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust', url: 'https://www.cntw.nhs.uk/need-help-now', tag: 'seen' },
  'uk-111': { publisher: 'Oundle Surgery (NHS)', url: 'https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111', tag: 'seen' },
  samaritans: { publisher: 'Samaritans', url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', tag: 'seen' },
  'ie-hse': { publisher: 'HSE (Ireland)', url: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/', tag: 'seen' },
  'ie-samaritans': { publisher: 'Houses of the Oireachtas', url: 'https://www.oireachtas.ie/en/debates/question/2013-12-10/505/', tag: 'seen' },
  'es-024': { publisher: 'RTVE, citing the Ministerio de Sanidad', url: 'https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml', tag: 'seen-secondary' },
  'eu-112': { publisher: 'Hungarian 112 service: 112 in the EU', url: 'https://www.112.hu/en/112_in_the_EU', tag: 'seen' },
  'mx-911': { publisher: 'Zamudio Noticias', url: null, tag: 'seen-secondary' },
  'mx-linea-vida': { publisher: 'El Universal, December 2025', url: null, tag: 'seen-secondary' },
  'ar-0800': { publisher: 'cba24n.com.ar; La Posta Comodorense, 2025', url: null, tag: 'seen-secondary' },
  'ar-135': { publisher: 'El Auditor, quoting the Centro de Asistencia al Suicida', url: null, tag: 'seen-secondary' },
  'ar-911': { publisher: 'El Tribuno', url: null, tag: 'seen-secondary' },
  'co-106': { publisher: 'Alcaldía de Bogotá', url: 'http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106', tag: 'seen' },
  'co-123': { publisher: 'Radio Santa Fe, quoting the Bogotá health secretariat', url: null, tag: 'seen-secondary' },
  'cl-4141': { publisher: 'BioBioChile; ADN Radio; Radio Polar', url: null, tag: 'seen-secondary' },
  'cl-131': { publisher: 'El Maule Informa', url: null, tag: 'seen-secondary' },
  'pe-113': { publisher: 'Panamericana, 2026; Infobae, 2024', url: null, tag: 'seen-secondary' },
  'pe-106': { publisher: 'Andina; El Comercio, 2025', url: null, tag: 'seen-secondary' },
  'au-000': { publisher: 'Australian Communications and Media Authority', url: 'https://www.acma.gov.au/emergency-calls', tag: 'seen' },
  'au-lifeline': { publisher: 'Lifeline (Harbour to Hawkesbury)', url: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/', tag: 'seen' },
} as const satisfies Record<string, CrisisSource>;

export type CrisisSourceId = keyof typeof CRISIS_SOURCES;
