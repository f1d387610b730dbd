package ru.mentoring.portal.signin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.config.AuthenticationModeConfiguration;
import io.micronaut.security.oauth2.configuration.OpenIdAdditionalClaimsConfiguration;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * The stock OpenID mapper gives every user no roles at all; Keycloak puts the realm roles into the
 * ID token's flat {@code roles} claim, so they are read from there.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
class KeycloakAuthenticationMapper extends DefaultOpenIdAuthenticationMapper {

    private final String rolesClaim;

    KeycloakAuthenticationMapper(OpenIdAdditionalClaimsConfiguration additionalClaims,
                                 AuthenticationModeConfiguration authenticationMode,
                                 @Value("${micronaut.security.token.roles-name:roles}") String rolesClaim) {
        super(additionalClaims, authenticationMode);
        this.rolesClaim = rolesClaim;
    }

    @Override
    protected List<String> getRoles(String providerName, OpenIdTokenResponse tokenResponse, OpenIdClaims claims) {
        Object roles = claims.getClaims().get(rolesClaim);
        if (roles instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return roles == null ? List.of() : List.of(String.valueOf(roles));
    }
}
