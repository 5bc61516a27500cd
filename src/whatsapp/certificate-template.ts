import { printableName } from '../certificates/build-form5-view.ts';
import type { PersonName } from '../registry/birth-declaration.ts';
import { WHATSAPP_TEXT, type Language } from '../messages/whatsapp.ts';
import type { RecordRow } from '../registry/find-record.ts';
import type { EventType } from '../registry/load-record-for.ts';

/** The utility template that carries each event type's certificate (contract §1.5). */
export const CERTIFICATE_TEMPLATES = {
  birth: 'certificate_ready',
  death: 'death_certificate_ready',
  still_birth: 'still_birth_extract_ready',
} as const satisfies Record<EventType, string>;

/** The template name a certificate of this event type goes out as. */
export function certificateTemplateName(eventType: EventType): string {
  return CERTIFICATE_TEMPLATES[eventType];
}

/**
 * The template and its body parameters for a record's certificate: a birth names the child
 * (or "newborn"), a death the deceased, both then the registration number; a still-birth's
 * extract names no one and carries only the registration number. Nothing else, and never the
 * cause of death, goes into a message.
 */
export function certificateTemplate(
  record: RecordRow,
  language: Language,
): { name: string; bodyParameters: string[] } {
  const name = certificateTemplateName(record.event_type);
  const number = record.registration_number;
  switch (record.event_type) {
    case 'birth':
      return {
        name,
        bodyParameters: [
          inLanguage(record.declaration.child.name, language) ?? WHATSAPP_TEXT.newborn[language],
          number,
        ],
      };
    case 'death':
      return {
        name,
        bodyParameters: [inLanguage(record.declaration.deceased.name, language) ?? number, number],
      };
    case 'still_birth':
      return { name, bodyParameters: [number] };
  }
}

/** The name in the reader's language, leaving out a transliteration nobody has confirmed. */
function inLanguage(name: PersonName | undefined, language: Language): string | undefined {
  const printable = name && printableName(name);

  return (language === 'te' ? printable?.te : undefined) ?? (printable?.en || undefined);
}
