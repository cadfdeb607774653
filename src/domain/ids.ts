/**
 * A record id (article, actor, place, event, quantity, claim): a lower-case slug of a-z and 0-9
 * words joined by single hyphens. The ingest writes only such ids and the dataset validator
 * accepts only them, so an id is safe in a URL, a file name and an iCalendar UID.
 */
export const SLUG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The rule a bad id breaks, as both validators report it. */
export const SLUG_ID_RULE = 'must be a lower-case slug (a-z, 0-9, -)';
