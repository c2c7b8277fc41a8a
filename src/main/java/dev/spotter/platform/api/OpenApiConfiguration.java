package dev.spotter.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API in the OpenAPI document served at /v3/api-docs and in Swagger UI. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI spotterOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Spotter API").version("v1")
                        .description("""
                                Everything in Spotter's web workspace is also here. Authenticate with a personal
                                access token (Account → API tokens) sent as `Authorization: Bearer <token>`.
                                Errors are RFC 9457 problem documents; invalid fields are listed in `errors`.
                                Lists take `page` (from 0) and `size` (1-100) and return `items`, `page`, `size`,
                                `totalItems` and `totalPages`. Writes accept an `Idempotency-Key` header so that a
                                retry never repeats the work."""))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").description("Personal access token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
