// The keyboard commands: the manifest's command names (wxt.config.ts) and the direction each one steps.
// The background forwards them to the active tab as the `stepEntity` message (utils/messaging.ts).

export const COMMAND_DIRECTIONS: Readonly<Record<string, 1 | -1>> = Object.freeze({
  'next-entity': 1,
  'previous-entity': -1,
});
