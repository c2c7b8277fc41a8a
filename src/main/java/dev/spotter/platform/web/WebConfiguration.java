package dev.spotter.platform.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Registers the layout model for server-rendered pages, and serves Spotter's own assets and webjars from their
 * folders only. Spring Boot's default maps static files at every path, which makes the URL encoding of each link
 * on a page look for a file first; a builder page has hundreds of links.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LayoutInterceptor()).excludePathPatterns("/api/**");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(ONE_HOUR);
        }
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/")
                .setCacheControl(ONE_HOUR);
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(ONE_HOUR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
