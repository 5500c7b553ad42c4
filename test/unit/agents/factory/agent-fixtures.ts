// A world with one captured agent context, for testing the factory agents' components.
import type { FactoryAgentContext } from '../../../../worlds/factory/factory-agent.ts';
import type { FactoryConfig } from '../../../../worlds/factory/factory-config.ts';
import { FactoryWorld } from '../../../../worlds/factory/factory-world.ts';
import { handFactoryConfig, resolverOf, scripted } from '../../worlds/factory/factory-fixtures.ts';

/** The world and the context of its first factory (run by an agent that does nothing). */
export function captured(config: FactoryConfig = handFactoryConfig({ agentTypes: ['Capture', 'Idle'] })): {
  world: FactoryWorld;
  context: FactoryAgentContext;
} {
  let context: FactoryAgentContext | undefined;
  const Capture = scripted('Capture', (ctx) => {
    context ??= ctx;
    return {};
  });
  const world = new FactoryWorld({ config, seed: 'cap', resolveAgent: resolverOf([Capture]) });
  if (context === undefined) throw new Error('no Capture agent in the config');
  return { world, context };
}
