import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType("PageInfo", { description: "Relay cursor pagination state" })
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Builds the `XConnection` and `XEdge` types of a Relay connection over `nodeType`. */
export function connectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: "Number of matching items across all pages" })
    totalCount!: number;
  }

  return ConnectionType;
}
