/** Who is acting: a signed-in person with a role over a unit, or the system itself. */
export interface Actor {
  userId: string | null;
  username: string;
  role: 'registrar' | 'system';
  unitCode: string | null;
}

/** The actor for work the system does on its own (rendering, sending, webhooks). */
export const SYSTEM_ACTOR: Actor = { userId: null, username: 'system', role: 'system', unitCode: null };
