import { Field, Int, ObjectType, type ClassType } from "type-graphql";

@ObjectType("PageInfo", { description: "Relay cursor pagination state" })
export class PageInfoType {
  @Field(() => Boolean, { description: "More items follow this page" })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Items come before this page (it was asked for with after)" })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page" })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge; pass it as `after` for the next page",
  })
  endCursor!: string | null;
}

/** Builds the `XConnection` and `XEdge` types of a Relay connection over `nodeType`. */
export function connectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor` })
  class EdgeType {
    @Field(() => String, {
      description: "Opaque position of this item; pass it as `after` to continue behind it",
    })
    cursor!: string;

    @Field(() => nodeType, { description: "The item" })
    node!: TNode;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items: ask for it with first (1 to 100) and after`,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: "The page's items, in the list's order" })
    edges!: EdgeType[];

    @Field(() => PageInfoType, { description: "Where the page is in the whole list" })
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: "Number of matching items across all pages" })
    totalCount!: number;
  }

  return ConnectionType;
}
