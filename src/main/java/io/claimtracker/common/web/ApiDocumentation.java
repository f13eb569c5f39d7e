package io.claimtracker.common.web;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/** Declares how API clients sign in, so that the OpenAPI description and Swagger UI offer both ways. */
@OpenAPIDefinition(info = @Info(title = "Claim Tracker API", version = "1"),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "basic")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "A personal API token from /account, sent as 'Authorization: Bearer ct_…'"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "Username and password")})
public class ApiDocumentation extends Application {
}
