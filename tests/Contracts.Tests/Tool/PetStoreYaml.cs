namespace Contracts.Tests.Tool;

/// <summary>A small YAML OpenAPI 3.0 document exercising what YAML adds over JSON, and the JSON it must become.</summary>
internal static class PetStoreYaml
{
    // '123' is quoted (a string), 123 plain (a number); yes/no are strings in YAML 1.2; &petId/*petId share a schema.
    public const string Yaml = """
        # Comments are dropped.
        openapi: 3.0.3
        info:
          title: Pet store
          version: '1.0'
        paths:
          /pets/{petId}:
            get:
              operationId: getPet
              parameters:
                - name: petId
                  in: path
                  required: true
                  schema: &petId
                    type: integer
                    minimum: 1
                    maximum: 123
              responses:
                '200':
                  description: The pet.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Pet'
        components:
          schemas:
            Pet:
              type: object
              required: [id, vaccinated]
              properties:
                id: *petId
                tag:
                  type: string
                  example: '123'
                vaccinated:
                  type: string
                  enum: [yes, no]
                owner:
                  $ref: '#/components/schemas/Owner'
            Owner:
              type: object
              properties:
                name:
                  type: string
                  nullable: true
        """;

    public const string Json = """
        {
          "openapi": "3.0.3",
          "info": {
            "title": "Pet store",
            "version": "1.0"
          },
          "paths": {
            "/pets/{petId}": {
              "get": {
                "operationId": "getPet",
                "parameters": [
                  {
                    "name": "petId",
                    "in": "path",
                    "required": true,
                    "schema": {
                      "type": "integer",
                      "minimum": 1,
                      "maximum": 123
                    }
                  }
                ],
                "responses": {
                  "200": {
                    "description": "The pet.",
                    "content": {
                      "application/json": {
                        "schema": {
                          "$ref": "#/components/schemas/Pet"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Pet": {
                "type": "object",
                "required": [
                  "id",
                  "vaccinated"
                ],
                "properties": {
                  "id": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 123
                  },
                  "tag": {
                    "type": "string",
                    "example": "123"
                  },
                  "vaccinated": {
                    "type": "string",
                    "enum": [
                      "yes",
                      "no"
                    ]
                  },
                  "owner": {
                    "$ref": "#/components/schemas/Owner"
                  }
                }
              },
              "Owner": {
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "nullable": true
                  }
                }
              }
            }
          }
        }

        """;
}
