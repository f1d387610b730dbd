package ru.mentoring.school.mentee;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.UUID;

/** The school's request map: the categories mentees' requests are sorted into. */
@Controller("/api/request-categories")
@Secured(Roles.CURATOR)
class RequestCategoryController {

    private final RequestCategories categories;

    RequestCategoryController(RequestCategories categories) {
        this.categories = categories;
    }

    @Get
    CategoryList list(Authentication authentication) {
        return new CategoryList(categories.of(Caller.of(authentication).requireSchool()).stream().map(Category::of).toList());
    }

    @Post
    HttpResponse<Category> add(Authentication authentication, @Valid @Body NewCategory body) {
        String code = "c" + UUID.randomUUID().toString().substring(0, 8);
        return HttpResponse.created(Category.of(categories.save(Caller.of(authentication).requireSchool(), code,
                body.title(), true)));
    }

    @Put("/{code}")
    Category change(Authentication authentication, String code, @Valid @Body ChangedCategory body) {
        return Category.of(categories.change(Caller.of(authentication).requireSchool(), code, body.title(),
                body.active() == null || body.active()));
    }

    @Serdeable
    record CategoryList(List<Category> items) {
    }

    @Serdeable
    record Category(String code, String title, boolean active) {
        static Category of(RequestCategory c) {
            return new Category(c.key().code(), c.title(), c.active());
        }
    }

    @Serdeable
    record NewCategory(@NotBlank(message = "Укажите название категории")
                       @Size(max = 200, message = "Название категории не длиннее 200 символов") String title) {
    }

    @Serdeable
    record ChangedCategory(@NotBlank(message = "Укажите название категории")
                           @Size(max = 200, message = "Название категории не длиннее 200 символов") String title,
                           @Nullable Boolean active) {
    }
}
