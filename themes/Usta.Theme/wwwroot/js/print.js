// The print view ("In nội dung") opens the browser's print dialog once the page has loaded.
window.addEventListener('load', function () { window.print(); });
