import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a global ID can be fetched again with `node(id)`. */
@InterfaceType("Node", {
  description: "An object with a global ID",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: "Global ID, stable and opaque" })
  id!: string;
}
