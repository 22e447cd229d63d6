import type { ServiceArea, ServiceType, TargetGroup } from "@obserwatorium/schema";
import { Field, Int, ObjectType } from "type-graphql";
import { ServiceAreaEnum, ServiceTypeEnum, TargetGroupEnum } from "./service.enums";

@ObjectType("ServiceSubcategory", { description: "A service type within its statutory area" })
export class ServiceSubcategoryType {
  @Field(() => ServiceTypeEnum, { description: "The service type" })
  code!: ServiceType;

  @Field(() => String, { description: "Polish name" })
  name!: string;

  @Field(() => String, { description: "One plain-language sentence for residents" })
  description!: string;

  @Field(() => Int, { description: "Services of this type the caller can see" })
  serviceCount!: number;
}

@ObjectType("ServiceCategory", { description: "A statutory area of usługi społeczne with its types" })
export class ServiceCategoryType {
  @Field(() => ServiceAreaEnum, { description: "The statutory area" })
  code!: ServiceArea;

  @Field(() => String, { description: "Exact statutory Polish name" })
  name!: string;

  @Field(() => [ServiceSubcategoryType], { description: "The service types of the area, in catalogue order" })
  types!: ServiceSubcategoryType[];

  @Field(() => Int, { description: "Services in this area the caller can see" })
  serviceCount!: number;
}

@ObjectType("TargetGroupInfo", { description: "A group of people services are for" })
export class TargetGroupInfo {
  @Field(() => TargetGroupEnum, { description: "The target group" })
  code!: TargetGroup;

  @Field(() => String, { description: "Polish name" })
  name!: string;

  @Field(() => Int, { description: "Services for this group the caller can see" })
  serviceCount!: number;
}
